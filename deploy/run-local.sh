#!/usr/bin/env bash
# Runs KakakAsuh.Actors on this machine: Azurite (its data on disk in .azurite/ of the checkout), one silo and the
# client API on http://127.0.0.1:5080. On first start the seeder seeds the programme as published; a second start
# keeps the data. Installs what it needs on a fresh machine. Ctrl-C stops every process it started.
# The same as `deploy/run-cluster.sh 1` (its environment variables apply: AZURITE_PORT, API_URL, ...).
exec "$(dirname "$0")/run-cluster.sh" 1
