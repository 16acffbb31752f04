// Public surface of orders/ (filled by its owner). Names exported here must be unique across the package.
export {};
