// Public surface of listing/ (filled by its owner). Names exported here must be unique across the package.
export {};
