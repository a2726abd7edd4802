// Plain data shared by every stage: subjects in, findings out.
export {};
