"""Which host names an AWS request may carry: the endpoints botocore's own rule-set resolver
(`botocore.endpoint_provider.EndpointProvider`) gives for the service and region, in each of
its forms (plain, FIPS, dual-stack, both; STS also its legacy global host).

Only hosts under an AWS partition's DNS suffix are judged; a loopback address or any other name
is a custom endpoint (`--endpoint-url`), which carries no variant.
"""

import functools
import itertools

from botocore.endpoint_provider import EndpointProvider
from botocore.exceptions import EndpointResolutionError

from .model import shared_loader

MODELS = {"ses": "sesv2", "support": "support", "sts": "sts", "sso": "sso", "sso-oidc": "sso-oidc",
          "signin": "signin"}


@functools.lru_cache(maxsize=None)
def _loader_data():
    loader = shared_loader()
    partitions = loader.load_data("partitions")
    suffixes = sorted({partition["outputs"][key] for partition in partitions["partitions"]
                       for key in ("dnsSuffix", "dualStackDnsSuffix")}, key=len, reverse=True)
    return loader, partitions, tuple(suffixes)


@functools.lru_cache(maxsize=None)
def _provider(service):
    loader, partitions, _ = _loader_data()
    name = MODELS[service]
    version = loader.determine_latest_version(name, "endpoint-rule-set-1")
    return EndpointProvider(loader.load_service_model(name, "endpoint-rule-set-1", version), partitions)


@functools.lru_cache(maxsize=4096)
def endpoints(service, region):
    """{host: (variant, signing region)} botocore resolves for `service` in `region`."""
    found = {}
    globals_ = (False, True) if service == "sts" else (None,)
    for fips, dual_stack, use_global in itertools.product((False, True), (False, True), globals_):
        parameters = {"Region": region, "UseFIPS": fips, "UseDualStack": dual_stack}
        if use_global is not None:
            parameters["UseGlobalEndpoint"] = use_global
        try:
            endpoint = _provider(service).resolve_endpoint(**parameters)
        except EndpointResolutionError:
            continue
        host = endpoint.url.split("://", 1)[1].split("/", 1)[0]
        schemes = endpoint.properties.get("authSchemes") or [{}]
        variant = "-".join(name for name, on in (("fips", fips), ("dualstack", dual_stack)) if on) or "standard"
        found.setdefault(host, (variant, schemes[0].get("signingRegion", region)))
    return found


def is_aws_host(host):
    """Whether `host` (no port) lies under an AWS partition's DNS suffix."""
    suffixes = _loader_data()[2]
    return any(host == suffix or host.endswith("." + suffix) for suffix in suffixes)


def judge(service, host, signing_region):
    """(variant, None) when `host` is an endpoint of `service` that is signed for
    `signing_region` (any region the host names, for an unsigned call), else (None, why)."""
    host = host.lower()
    if host.startswith("["):
        return "custom", None
    host = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    if not is_aws_host(host):
        return "custom", None
    regions = [signing_region] if signing_region else [label for label in host.split(".") if label]
    for region in regions:
        match = endpoints(service, region).get(host)
        if match and (signing_region is None or match[1] == signing_region):
            return match[0], None
    expected = sorted(endpoints(service, signing_region)) if signing_region else []
    return None, (f"{host} is not an endpoint of {MODELS[service]}"
                  + (f" signed for {signing_region}; botocore resolves {', '.join(expected)}"
                     if signing_region else ""))
