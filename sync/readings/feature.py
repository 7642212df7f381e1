"""The readings feature as the sync machinery sees it: one request kind and the feed's readings."""

from domain.wire import MeterReading
from sync.feature_spec import Feature, FeedEntity, RequestKind
from sync.readings.apply import (
    delete_reading,
    drop_product_readings,
    reset_readings,
    upsert_reading,
)
from sync.readings.operations import READING_KIND
from sync.readings.rows import ReadingRows

READINGS = Feature(
    name="readings",
    kinds=(RequestKind(READING_KIND, ReadingRows(), answer=MeterReading),),
    feed=(FeedEntity("meter_reading",
                     lambda conn, data, _page: upsert_reading(conn, MeterReading.model_validate(data)),
                     delete_reading),),
    reset=reset_readings,
    after_delete={"product": drop_product_readings},
)
