"""The products feature as the sync machinery sees it: the feed's products and sites, and a product's data edited
offline with its conflicts shown (`sync.edits`, kind "product.edit")."""

from domain.wire import Product, Site
from sync.feature_spec import Feature, FeedEntity
from sync.products.apply import (
    delete_product,
    delete_site,
    reset_products,
    upsert_product,
    upsert_site,
)
from sync.products.edits import PRODUCT_EDIT

PRODUCTS = Feature(
    name="products",
    feed=(FeedEntity("product", lambda conn, data, _page: upsert_product(conn, Product.model_validate(data)),
                     delete_product),
          FeedEntity("site", lambda conn, data, _page: upsert_site(conn, Site.model_validate(data)), delete_site)),
    reset=reset_products,
    editable=(PRODUCT_EDIT,),
    item_product=lambda _conn, item: item.entity_id if item.entity == "product" else None,  # an unsent edit's machine
)
