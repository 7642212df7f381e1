"""Package marker so the SVG icons ship inside the installed `resources` package."""
