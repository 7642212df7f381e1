"""Supplies: the catalogue that fits a product, and orders as the customer sees them (place, list, read, cancel);
the supplies desk's side moves them on (`/v1/agent/orders`). A product or an order the caller may not see answers
exactly like one that does not exist (404)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from starlette.responses import Response

from domain import problems as codes
from domain.text_limits import MAX_ID
from domain.wire import AgentOrderActionIn, Article, FieldError, Order, OrderIn
from portal import catalogue, entities, order_entities, orders
from portal.idempotency import IdempotencyKey
from portal.problems import ProblemError, not_found
from portal.responses import json_response, problems
from portal.routes.agent import Agent
from portal.routes.cases import Customer, State, run_idempotent
from portal.routes.products import ProductId

OrderId = Annotated[str, Path(max_length=MAX_ID, description="The order's id")]
router = APIRouter(tags=["supplies"], responses=problems(401))


@router.get("/v1/products/{product_id}/catalogue", response_model=list[Article],
            summary="The supplies that fit the product", responses=problems(404, 422),
            description="Toner or ink per colour, drums, waste toner boxes, staples and the kits a customer may fit "
                        "themselves, in the catalogue's order. The same articles come in the delta feed as "
                        "`article`.")
def product_catalogue(product_id: ProductId, principal: Customer, state: State) -> list[Article]:
    with state.store.read() as conn:
        product = entities.visible_product(conn, principal, product_id)
        if product is None:
            raise not_found("The product")
        return catalogue.articles_for_model(conn, principal, product.model)


@router.get("/v1/orders", response_model=list[Order], summary="Orders the caller may see, newest first",
            description="An administrator sees every order of the account; a customer the orders of products "
                        "assigned to them, whoever placed them.")
def list_orders(principal: Customer, state: State) -> list[Order]:
    with state.store.read() as conn:
        return order_entities.orders_where(conn, principal)


@router.post("/v1/orders", status_code=201, response_model=Order, summary="Order supplies for one product",
             description="Checked with the shared rules (`domain.consumables`). A refused order is a 422 whose "
                         "`code` is the first reason and whose `errors` name every field at fault: "
                         "`order.empty` (lines), `order.too_many_lines` (lines), `order.article_not_fitting` "
                         "(lines.N.article: not in the product's catalogue), `order.article_repeated` "
                         "(lines.N.article), `order.quantity_invalid` (lines.N.quantity: not a whole number of 1 or "
                         "more), `order.quantity_over_limit` (lines.N.quantity: more than the contract's "
                         "`order_line_limit`), `order.product_inactive` (product_id), "
                         "`order.delivery_site_unknown` (delivery.site_id). A product the caller may not see is "
                         "404. The same `id` with the same body answers 200 with the order.",
             responses={**problems(400, 404, 409, 422), 200: {"model": Order, "description": "Already placed"}})
def place_order(body: OrderIn, principal: Customer, request: IdempotencyKey, state: State) -> Response:
    now = state.now()

    def work(conn) -> Response:
        order, created = orders.create(conn, principal, body, now=now)
        return json_response(order, status=201 if created else 200)

    return run_idempotent(state, principal, request, work)


@router.get("/v1/orders/{order_id}", response_model=Order, summary="One order", responses=problems(404, 422))
def get_order(order_id: OrderId, principal: Customer, state: State) -> Order:
    with state.store.read() as conn:
        order = order_entities.visible_order(conn, principal, order_id)
    if order is None:
        raise not_found("The order")
    return order


@router.post("/v1/orders/{order_id}/cancel", response_model=Order, summary="Cancel a submitted order",
             description="For the person who placed the order or an administrator of its account (anyone else who "
                         "sees it: 403 `forbidden`). Only while the order is `submitted`: once the supplies desk "
                         "has confirmed it, `order.cancel_not_allowed`.",
             responses=problems(400, 403, 404, 409, 422))
def cancel_order(order_id: OrderId, principal: Customer, request: IdempotencyKey, state: State) -> Response:
    now = state.now()
    return run_idempotent(state, principal, request,
                          lambda conn: json_response(orders.cancel(conn, principal, order_id, now=now)))


@router.post("/v1/agent/orders/{order_id}/actions", response_model=Order, tags=["agent"],
             summary="confirm, ship (with carrier and tracking reference) or deliver",
             description="submitted → confirmed → shipped → delivered; anything else is "
                         "`order.transition_not_allowed`.",
             responses=problems(400, 403, 404, 409, 422))
def agent_order_action(order_id: OrderId, body: AgentOrderActionIn, principal: Agent, request: IdempotencyKey,
                       state: State) -> Response:
    now = state.now()
    if body.action == "ship" and not (body.carrier and body.tracking_ref):
        raise ProblemError(422, codes.VALIDATION_FAILED, "A shipment needs its carrier and tracking reference.",
                           errors=[FieldError(field=f, code=codes.VALIDATION_FAILED, message="Required to ship")
                                   for f in ("carrier", "tracking_ref") if not getattr(body, f)])

    def work(conn) -> Response:
        if order_entities.visible_order(conn, principal, order_id) is None:
            raise not_found("The order")
        orders.move(conn, order_id, body.action, now=now, carrier=body.carrier, tracking_ref=body.tracking_ref)
        return json_response(order_entities.visible_order(conn, principal, order_id))

    return run_idempotent(state, principal, request, work)
