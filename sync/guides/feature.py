"""The self-help guides as the sync machinery sees them: no requests and no feed entities, one read of their own
after the feed (an ETag'd request that is usually a 304)."""

from sync.feature_spec import Feature
from sync.guides.pull import pull_guides

GUIDES = Feature(name="guides", entities=("guide",), pull=pull_guides)
