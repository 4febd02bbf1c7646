"""A small FIT encoder for benchmarks and tests: fitdecode reads FIT but cannot write it.

Follows the public FIT protocol description: a 14-byte header (with its own CRC), definition messages
then data messages (little-endian, local message types 0-4), and the file CRC-16 at the end. It writes
only what an activity needs: file_id, one record a second, one lap, one session and the activity message.
"""

from __future__ import annotations

import math
import struct
from datetime import UTC, datetime, timedelta

FIT_EPOCH = datetime(1989, 12, 31, tzinfo=UTC)
_CRC_TABLE = (0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
              0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400)  # fmt: skip
ENUM, UINT8, UINT16, SINT32, UINT32, UINT32Z = 0x00, 0x02, 0x84, 0x85, 0x86, 0x8C
_FORMATS = {ENUM: "B", UINT8: "B", UINT16: "H", SINT32: "i", UINT32: "I", UINT32Z: "I"}
SEMICIRCLES = 2**31 / 180

# (global message number, [(field number, base type)])
FILE_ID = (0, [(0, ENUM), (1, UINT16), (2, UINT16), (3, UINT32Z), (4, UINT32)])
RECORD = (20, [(253, UINT32), (0, SINT32), (1, SINT32), (2, UINT16), (3, UINT8), (5, UINT32), (6, UINT16)])
LAP = (19, [(253, UINT32), (2, UINT32), (7, UINT32), (8, UINT32), (9, UINT32), (15, UINT8), (21, UINT16),
            (0, ENUM), (1, ENUM)])  # fmt: skip
SESSION = (18, [(253, UINT32), (2, UINT32), (7, UINT32), (8, UINT32), (9, UINT32), (5, ENUM), (16, UINT8),
                (22, UINT16), (0, ENUM), (1, ENUM)])  # fmt: skip
ACTIVITY = (34, [(253, UINT32), (0, UINT32), (1, UINT16), (2, ENUM), (3, ENUM), (4, ENUM), (5, UINT32)])


def fit_crc(data: bytes, crc: int = 0) -> int:
    for byte in data:
        for nibble in (byte & 0xF, byte >> 4):
            tmp = _CRC_TABLE[crc & 0xF]
            crc = (crc >> 4) & 0x0FFF
            crc = crc ^ tmp ^ _CRC_TABLE[nibble]
    return crc


def fit_time(moment: datetime) -> int:
    return int((moment - FIT_EPOCH).total_seconds())


class FitWriter:
    def __init__(self) -> None:
        self.body = bytearray()
        self.layouts: dict[int, str] = {}

    def define(self, local: int, message: tuple[int, list[tuple[int, int]]]) -> None:
        number, fields = message
        self.body += struct.pack("<BBBHB", 0x40 | local, 0, 0, number, len(fields))
        for field_number, base in fields:
            self.body += struct.pack("<BBB", field_number, struct.calcsize(_FORMATS[base]), base)
        self.layouts[local] = "<B" + "".join(_FORMATS[base] for _, base in fields)

    def write(self, local: int, *values: int) -> None:
        self.body += struct.pack(self.layouts[local], local, *values)

    def to_bytes(self) -> bytes:
        header = struct.pack("<BBHI4s", 14, 0x20, 2132, len(self.body), b".FIT")
        header += struct.pack("<H", fit_crc(header))
        data = header + bytes(self.body)
        return data + struct.pack("<H", fit_crc(data))


def run_file(start: datetime, seconds: int, offset: timedelta = timedelta(hours=2)) -> bytes:
    """A run of ``seconds`` at about 10 km/h, one record a second, heart rate 140-160, gentle hills."""
    fit = FitWriter()
    t0 = fit_time(start)
    fit.define(0, FILE_ID)
    fit.write(0, 4, 255, 0, 1, t0)  # activity file, "development" manufacturer
    fit.define(1, RECORD)
    distance = 0.0
    climb = 0.0
    last_altitude = 300.0
    for s in range(seconds + 1):
        speed = 2.8 + 0.2 * math.sin(s / 300)
        altitude = 300 + 20 * math.sin(s / 600)
        climb += max(0.0, altitude - last_altitude)
        last_altitude = altitude
        heart_rate = 150 + round(10 * math.sin(s / 900))
        lat, lon = 46.05 + distance / 111_000, 14.5
        fit.write(1, t0 + s, round(lat * SEMICIRCLES), round(lon * SEMICIRCLES), round((altitude + 500) * 5),
                  heart_rate, round(distance * 100), round(speed * 1000))  # fmt: skip
        distance += speed
    end = t0 + seconds
    millis = seconds * 1000
    fit.define(2, LAP)
    fit.write(2, end, t0, millis, millis, round(distance * 100), 150, round(climb), 9, 1)
    fit.define(3, SESSION)
    fit.write(3, end, t0, millis, millis, round(distance * 100), 1, 150, round(climb), 8, 1)
    fit.define(4, ACTIVITY)
    fit.write(4, end, millis, 1, 0, 26, 1, end + int(offset.total_seconds()))
    return fit.to_bytes()
