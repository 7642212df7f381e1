"""The caller's products. A product the caller may not see answers exactly like one that does not exist (404)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path
from starlette.responses import Response

from domain.text_limits import MAX_ETAG_HEADER, MAX_ID
from domain.wire import Product, ProductPatch
from portal import entities, idempotency, product_edits
from portal.auth import CurrentPrincipal
from portal.idempotency import IdempotencyKey
from portal.problems import not_found
from portal.responses import json_response, problems
from portal.state import PortalState, portal_state

router = APIRouter(prefix="/v1/products", tags=["products"], responses=problems(401))
State = Annotated[PortalState, Depends(portal_state)]
ProductId = Annotated[str, Path(max_length=MAX_ID, description="The product's id")]


@router.get("", response_model=list[Product], summary="Products the caller may see",
            description="An administrator sees every product of the account (with `assigned_user_ids`); a customer "
                        "only the products assigned to them.")
def list_products(principal: CurrentPrincipal, state: State) -> list[Product]:
    with state.store.read() as conn:
        return entities.products_where(conn, principal)


@router.get("/{product_id}", response_model=Product, summary="One product",
            responses={**problems(404, 422),
                       200: {"description": "The product", "headers": {"ETag": {
                           "description": 'The product\'s version, quoted: send it back as If-Match',
                           "schema": {"type": "string"}}}}})
def get_product(product_id: ProductId, principal: CurrentPrincipal, state: State) -> Response:
    with state.store.read() as conn:
        product = entities.visible_product(conn, principal, product_id)
    if product is None:
        raise not_found("The product")
    return json_response(product, headers={"ETag": product_edits.etag(product)})


@router.patch("/{product_id}", response_model=Product, summary="Change a product's data",
              description="Its site, building, floor, room, cost centre, contact person and internal name (see "
                          "docs/api-product-data.md). If-Match is required: without it the answer is 428 "
                          "`precondition.required`; if someone changed the product since the ETag it names, 412 "
                          "`conflict.etag_mismatch` with the current ETag, and nothing is overwritten. A field the "
                          "rules refuse is 422 with its code (`product.site_unknown`, `product.location_missing`, "
                          "`product.text_too_long`, `email.invalid`, `text.control_character`).",
              responses={**problems(400, 404, 409, 412, 422, 428),
                         200: {"description": "The product as it now is",
                               "headers": {"ETag": {"schema": {"type": "string"}}}}})
def patch_product(product_id: ProductId, body: ProductPatch, principal: CurrentPrincipal, request: IdempotencyKey,
                  state: State,
                  if_match: Annotated[str | None, Header(max_length=MAX_ETAG_HEADER,
                                                         description="The ETag the edit is based on (required)")] = None
                  ) -> Response:
    def work(conn) -> Response:
        product = product_edits.update_product(conn, principal, product_id, body, if_match)
        return json_response(product, headers={"ETag": product_edits.etag(product)})

    return idempotency.run(state.store, user_id=principal.user_id, request=request, now=state.now(), work=work,
                           before_work=state.before_work)
