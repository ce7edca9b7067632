#!/usr/bin/env python3
"""Local SES v2 / Support / STS emulator for sesame's tests (see README.md).

    python3 Tests/Emulator/emulator.py [--host 127.0.0.1] [--port 0]
        [--tls-cert FILE --tls-key FILE] [--max-skew-seconds 300] [--credentials FILE]

Prints one line, `listening http://HOST:PORT`, then serves until SIGTERM or SIGINT.
"""

import sys

from sesemu.server import main

if __name__ == "__main__":
    sys.exit(main())
