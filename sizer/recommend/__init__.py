"""Size recommendation: for a body, the best size of every listing, how each zone fits, how sure.

    from sizer.recommend import recommend, recommend_many
    results = recommend(profile, catalog)          # one body, every listing
    results.recommendation(0)                      # a Recommendation (objects made on demand)
"""
from sizer.recommend.engine import BatchRecommendations, RecommendationSet, recommend, recommend_many
from sizer.recommend.verdicts import (Reason, ReasonCode, Recommendation, RecommendationStatus, ZoneFit)

__all__ = [
    "BatchRecommendations", "Reason", "ReasonCode", "Recommendation", "RecommendationSet",
    "RecommendationStatus", "ZoneFit", "recommend", "recommend_many",
]
