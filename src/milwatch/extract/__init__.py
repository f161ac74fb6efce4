"""Extract stage: defense-diplomacy events, with countries, people and dates, from one article."""
