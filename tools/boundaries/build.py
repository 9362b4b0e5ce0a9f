#!/usr/bin/env python3
"""Derives the web map's governorate (admin-1) boundaries for Syria and Iraq.

Source: Natural Earth 1:10m "Admin 1 - States, Provinces" v4.1.0 (public domain), as generalised
and shipped by QGIS in Debian's qgis-common package (resources/data/world_map.gpkg, layer
states_provinces; see that folder's README_world_map.md for the generalisation). This script reads
the GeoPackage with Python's sqlite3, decodes its geometry blobs (GeoPackage header + WKB), keeps
the governorates of the countries below, rounds coordinates to 0.001 degrees (about 100 m, finer
than the generalisation) and writes GeoJSON.

    python3 tools/boundaries/build.py [PATH/TO/world_map.gpkg]

Without a path it fetches qgis-common with `apt-get download` into a temporary folder.
"""
import glob
import json
import os
import sqlite3
import struct
import subprocess
import sys
import tempfile

COUNTRIES = ("SY", "IQ")
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "harmledger-server", "src", "main", "resources",
                   "web", "data", "governorates.json")
ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def fetch_gpkg():
    work = tempfile.mkdtemp(prefix="qgis-common-")
    subprocess.run(["apt-get", "download", "qgis-common"], cwd=work, check=True)
    deb = glob.glob(os.path.join(work, "qgis-common_*.deb"))[0]
    subprocess.run(["dpkg-deb", "-x", deb, os.path.join(work, "x")], check=True)
    return os.path.join(work, "x", "usr", "share", "qgis", "resources", "data", "world_map.gpkg")


def wkb(blob):
    """The geometry of a GeoPackage blob as GeoJSON (Polygon or MultiPolygon)."""
    if blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry blob")
    flags = blob[3]
    offset = 8 + ENVELOPE_BYTES[(flags >> 1) & 0x07]
    geometry, _ = read_geometry(blob, offset)
    return geometry


def read_geometry(b, o):
    order = "<" if b[o] == 1 else ">"
    kind = struct.unpack_from(order + "I", b, o + 1)[0] % 1000
    o += 5
    if kind == 3:
        rings, o = read_polygon(b, o, order)
        return {"type": "Polygon", "coordinates": rings}, o
    if kind == 6:
        count = struct.unpack_from(order + "I", b, o)[0]
        o += 4
        polygons = []
        for _ in range(count):
            part, o = read_geometry(b, o)
            polygons.append(part["coordinates"])
        return {"type": "MultiPolygon", "coordinates": polygons}, o
    raise ValueError("unexpected WKB geometry type %d" % kind)


def read_polygon(b, o, order):
    rings = []
    count = struct.unpack_from(order + "I", b, o)[0]
    o += 4
    for _ in range(count):
        points = struct.unpack_from(order + "I", b, o)[0]
        o += 4
        ring = []
        for _ in range(points):
            x, y = struct.unpack_from(order + "dd", b, o)
            o += 16
            p = [round(x, 3), round(y, 3)]
            if not ring or ring[-1] != p:
                ring.append(p)
        if len(ring) >= 4:
            rings.append(ring)
    return rings, o


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else fetch_gpkg()
    db = sqlite3.connect(path)
    rows = db.execute("SELECT iso_a2, name, gn_name, fips, geom FROM states_provinces WHERE iso_a2 IN (%s) "
                      "ORDER BY iso_a2, name" % ",".join("?" * len(COUNTRIES)), COUNTRIES).fetchall()
    features = []
    for iso, name, gn_name, fips, geom in rows:
        features.append({"type": "Feature",
                         "properties": {"name": name, "official": gn_name, "fips": fips, "country": iso},
                         "geometry": wkb(geom)})
    collection = {"type": "FeatureCollection",
                  "source": "Natural Earth 1:10m Admin 1 v4.1.0 (public domain), generalised by QGIS "
                            "(Debian qgis-common, resources/data/world_map.gpkg); tools/boundaries/build.py",
                  "features": features}
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(collection, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print("wrote %d governorates to %s (%d bytes)" % (len(features), os.path.normpath(OUT), os.path.getsize(OUT)))


if __name__ == "__main__":
    main()
