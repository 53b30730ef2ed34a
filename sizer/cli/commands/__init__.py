"""One module per ``sizer`` subcommand, each exposing ``COMMAND`` (found by sizer.cli)."""
