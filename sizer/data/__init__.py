"""Package data: fitted model coefficients and vocabulary files."""
