"""The one error the command line turns into a one-line message and exit code 2."""


class CliError(Exception):
    """Bad input or a refused operation: ``python -m training`` prints it, no traceback."""
