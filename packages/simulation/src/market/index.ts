// Public surface of market/ (filled by its owner). Names exported here must be unique across the package.
export {};
