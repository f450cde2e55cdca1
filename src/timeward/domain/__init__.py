"""Pure rules of Timeward: stdlib only, no Qt, no I/O, and never reads the clock itself."""
