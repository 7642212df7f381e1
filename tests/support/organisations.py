"""A second customer account beside the demo's: what another company's data looks like to the demo's users."""

from __future__ import annotations

from sqlalchemy import insert

from portal.db import accounts, products, sites, users
from portal.passwords import hash_password
from tests.support.portal_api import PASSWORD

OTHER_ADMIN = "per@fjordbygg.no"


def other_organisation(store) -> None:
    """A second customer account with one Canon, its administrator and a site: the orders of another company."""
    with store.write() as conn:
        conn.execute(insert(accounts).values(id="acct-fjord", name="Fjord Bygg AS", org_number="923609016",
                                             time_zone="Europe/Oslo"))
        conn.execute(insert(users).values(id="user-per", account_id="acct-fjord", email=OTHER_ADMIN,
                                          name="Per Fjord", role="admin", password_hash=hash_password(PASSWORD),
                                          visibility_epoch=0))
        conn.execute(insert(sites).values(id="site-fjord", account_id="acct-fjord", name="Fjord Bygg",
                                          address="Bryggen 1", postcode="5003", city="Bergen"))
        conn.execute(insert(products).values(
            id="product-fjord", account_id="acct-fjord", site_id="site-fjord", serial="3QE99999",
            model="Canon imageRUNNER ADVANCE DX C5840i", family="A3 colour MFP", location="Kontoret",
            counters_json='[{"key": "total", "label": "Total"}]', contract_number="SA-2026-9999",
            response_time_hours=8, billing_cycle="monthly", reading_window_days=7, normal_monthly_volume=1000))
