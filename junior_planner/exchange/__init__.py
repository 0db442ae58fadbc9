"""File formats (no Qt): the proposal JSON now; the bundle, glTF, GeoJSON, CityJSON and CSV later."""
