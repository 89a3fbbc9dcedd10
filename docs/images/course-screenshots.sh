#!/usr/bin/env bash
# Regenerates the course's screenshots with the program itself (no display needed).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${SCALELAB:-build/scalelab}
"$bin" snapshot examples/02-web-and-data-tier.yaml --at 600 -o docs/images/lessons-panel.png
"$bin" snapshot examples/04-load-balancer.yaml --presenter --step 2 --at 90 \
    -o docs/images/presenter-step2.png
"$bin" snapshot examples/04-load-balancer.yaml --presenter --step 4 --at 320 \
    -o docs/images/presenter-step4.png
LANG=ko_KR.UTF-8 LC_ALL=ko_KR.UTF-8 "$bin" snapshot examples/01-single-server.yaml --at 1450 \
    -o docs/images/korean-ui.png
