"""Changing a product's data (where it stands, its cost centre, contact person and internal name), guarded by its
version: If-Match is required (428 without it), and a stale one is refused with 412 and the current ETag, so two
people editing the same product see a conflict instead of one silently overwriting the other. The fields are
checked with `domain.product_data`, the rule the app runs offline."""

from __future__ import annotations

from sqlalchemy import Connection, select, update

from domain import problems
from domain import product_data as rules
from domain.wire import FieldError, Product, ProductPatch
from portal import changes
from portal import if_match as if_match_rule
from portal.auth import Principal
from portal.db import products, sites
from portal.entities import visible_product
from portal.problems import ProblemError, not_found


def etag(product: Product) -> str:
    return if_match_rule.etag(product.version)


def update_product(conn: Connection, principal: Principal, product_id: str, patch: ProductPatch,
                   if_match: str | None) -> Product:
    """Apply `patch` if the product is still at the version `if_match` names. Returns the product as it now is; an
    edit that changes nothing keeps the version. A product the caller may not see is 404 whatever else is wrong."""
    product = visible_product(conn, principal, product_id)
    if product is None:
        raise not_found("The product")
    if_match_rule.check(if_match, product.version, "The product", required=True)
    current = rules.product_values(product)
    wanted = _checked(conn, principal, rules.tidy(patch.model_dump(exclude_none=True)), current)
    wanted = {name: value for name, value in wanted.items() if current[name] != value}
    if not wanted:
        return product
    location = rules.location_after(wanted, current)
    if location is not None:
        wanted["location"] = location
    conn.execute(update(products).where(products.c.id == product_id)
                 .values(**wanted, version=products.c.version + 1))
    changes.record(conn, [changes.ChangeRecord(principal.account_id, "product", product_id, product_id)])
    return visible_product(conn, principal, product_id)


def _checked(conn: Connection, principal: Principal, wanted: dict[str, str], current: dict[str, str]) -> dict:
    site_ids = set(conn.execute(select(sites.c.id).where(sites.c.account_id == principal.account_id)).scalars())
    found = rules.product_data_problems(wanted, current=current, site_ids=site_ids)
    if found:
        errors = [FieldError(field=p.field, code=p.code, message=problems.TITLES.get(p.code, p.code)) for p in found]
        code = found[0].code if len(found) == 1 else problems.VALIDATION_FAILED
        raise ProblemError(422, code, "; ".join(f"{e.field}: {e.message}" for e in errors), errors=errors)
    return wanted
