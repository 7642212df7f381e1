"""Package marker so the compiled .qm catalogues ship inside the installed `resources` package."""
