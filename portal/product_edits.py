"""Changing a product's location and contact person, guarded by its version (ETag / If-Match), so two people editing
the same product see a conflict instead of one silently overwriting the other."""

from __future__ import annotations

from sqlalchemy import Connection, update

from domain import problems
from domain.email import email_problem
from domain.wire import FieldError, Product, ProductPatch
from portal import changes
from portal import if_match as if_match_rule
from portal.auth import Principal
from portal.db import products
from portal.entities import visible_product
from portal.problems import ProblemError, not_found


def etag(product: Product) -> str:
    return if_match_rule.etag(product.version)


def update_product(conn: Connection, principal: Principal, product_id: str, patch: ProductPatch,
                   if_match: str | None) -> Product:
    """Apply `patch`; with `if_match`, only if the product is still at that version (else 412 with the current
    ETag). Returns the product as it now is; an edit that changes nothing keeps the version."""
    product = visible_product(conn, principal, product_id)
    if product is None:
        raise not_found("The product")
    if_match_rule.check(if_match, product.version, "The product", required=False)
    wanted = _cleaned(patch)
    if all(getattr(product, field) == value for field, value in wanted.items()):
        return product
    conn.execute(update(products).where(products.c.id == product_id)
                 .values(**wanted, version=products.c.version + 1))
    changes.record(conn, [changes.ChangeRecord(principal.account_id, "product", product_id, product_id)])
    return visible_product(conn, principal, product_id)


def _cleaned(patch: ProductPatch) -> dict[str, str]:
    wanted = {field: value.strip() for field, value in patch.model_dump(exclude_none=True).items()}
    errors = []
    if "location" in wanted and not wanted["location"]:
        errors.append(FieldError(field="location", code=problems.VALIDATION_FAILED,
                                 message="Say where the machine stands."))
    if wanted.get("contact_email") and (code := email_problem(wanted["contact_email"])):
        errors.append(FieldError(field="contact_email", code=code, message="This is not a valid e-mail address."))
    if errors:
        raise ProblemError(422, problems.VALIDATION_FAILED, "; ".join(e.message for e in errors), errors=errors)
    return wanted
