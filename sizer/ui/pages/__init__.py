"""The main window's pages: each shows the core's work and dispatches user actions to it."""
