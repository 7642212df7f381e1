"""The `/v1` routes, one module per area. `ROUTERS` is what `portal.app` mounts."""

from portal.routes import auth, changes, directory, health, products, readings

ROUTERS = [health.router, auth.router, directory.router, products.router, readings.router, changes.router]
