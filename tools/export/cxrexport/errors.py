"""The one error type the exporter reports to its user (printed, exit status 2)."""


class ExportError(Exception):
    """A problem with the user's input: a missing file, a checkpoint of another shape, a
    missing package. The message says what and where."""
