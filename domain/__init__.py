"""What the portal and the client share and neither owns: rules, problem codes and wire types. Pure Python, no I/O."""
