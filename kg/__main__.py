"""`python -m kg` runs the command line, as the `kg` script does."""

from kg.entry import main

main()
