"""Limits on input shared by the reader (`kg.corpus`) and the command line, in a module of
their own so that `kg query` and `kg --help` start without importing the reader."""

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
