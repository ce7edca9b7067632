"""A local, strict stand-in for the AWS SES v2, Support and STS APIs used by sesame.

Modules: `model` (botocore service models: routing, decoding, validation), `sigv4`
(signature verification with botocore's signer), `state` (accounts, identities,
faults, request log), `aws` (the AWS-facing request pipeline and wire formats),
`control` (the unsigned `/_emulator/` API) and `server` (HTTP transport and CLI).
"""
