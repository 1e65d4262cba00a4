"""Pure computation on a districts x criteria matrix: standardisation, weights, aggregation."""
