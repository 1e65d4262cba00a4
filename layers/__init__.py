"""Data model and IO: district vectors, rasters, indicator tables, CRS and zonal statistics."""
