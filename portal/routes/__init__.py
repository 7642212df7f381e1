"""The `/v1` routes, one module per area. `ROUTERS` is what `portal.app` mounts."""

from portal.routes import (agent, auth, cases, changes, directory, guides, health, identity, orders, products,
                           readings)

ROUTERS = [health.router, identity.router, auth.router, directory.router, products.router, readings.router, cases.router,
           agent.router, orders.router, guides.router, changes.router]
