export async function initCommand(_argv: string[]): Promise<number> { return 2; }
