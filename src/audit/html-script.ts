// The report's only script: sortable tables and the findings filters. Written as a function so tsc checks it,
// inlined as text (the page fetches nothing).

function auditPage(): void {
  const sortValue = (row: HTMLTableRowElement, column: number): string | number => {
    const cell = row.cells[column];
    if (!cell) return '';
    return cell.dataset.number !== undefined ? Number(cell.dataset.number) : (cell.dataset.sort ?? cell.textContent ?? '');
  };
  for (const table of Array.from(document.querySelectorAll<HTMLTableElement>('table.sortable'))) {
    const headers = Array.from(table.tHead?.rows[0]?.cells ?? []);
    for (const header of headers) {
      const sort = (): void => {
        const column = Number(header.dataset.column);
        const descending = header.getAttribute('aria-sort') === 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        const body = table.tBodies[0];
        if (!body) return;
        const rows = Array.from(body.rows).filter((row) => !row.classList.contains('empty'));
        rows.sort((a, b) => {
          const left = sortValue(a, column);
          const right = sortValue(b, column);
          const order = left < right ? -1 : left > right ? 1 : 0;
          return descending ? -order : order;
        });
        for (const row of rows) body.appendChild(row);
      };
      header.addEventListener('click', sort);
      header.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') sort();
      });
    }
  }
  const selects = Array.from(document.querySelectorAll<HTMLSelectElement>('select[data-filter]'));
  const shown = document.getElementById('findings-shown');
  const applyFilters = (): void => {
    const wanted = selects.map((select) => [select.dataset.filter ?? '', select.value] as const).filter(([, value]) => value !== '');
    let count = 0;
    for (const row of Array.from(document.querySelectorAll<HTMLTableRowElement>('#findings tbody tr[data-tool]'))) {
      const visible = wanted.every(([key, value]) => row.dataset[key] === value);
      row.hidden = !visible;
      if (visible) count++;
    }
    if (shown) shown.textContent = String(count);
  };
  for (const select of selects) select.addEventListener('change', applyFilters);
  // A link such as report.html#repository=x opens with that filter chosen.
  const decode = (text: string): string => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  for (const part of location.hash.slice(1).split('&')) {
    const [key, value] = part.split('=').map(decode);
    const select = selects.find((candidate) => candidate.dataset.filter === key);
    if (select && value !== undefined) select.value = value;
  }
  applyFilters();
}

export const CLIENT_SCRIPT = `(${auditPage.toString()})();`;
