"""The `/v1` routes, one module per area. `ROUTERS` is what `portal.app` mounts."""

from portal.routes import (account, agent, auth, cases, changes, directory, guides, health, identity, orders,
                           product_requests, products, readings, users)

ROUTERS = [health.router, identity.router, auth.router, directory.router, account.router, users.router, products.router,
           readings.router, product_requests.router, cases.router, agent.router, product_requests.agent_router, orders.router,
           guides.router, changes.router]
