"""Certificates for loopback TLS servers in tests: self-signed ones, and ones signed by a
test authority that a test can make the system's (SSL_CERT_FILE)."""

from __future__ import annotations

import datetime as dt
import ipaddress
from pathlib import Path


def _write(folder: Path, name: str, certificate, key) -> tuple[Path, Path, str]:  # noqa: ANN001 - cryptography's
    from cryptography.hazmat.primitives import hashes, serialization

    cert_file, key_file = folder / f"{name}.crt", folder / f"{name}.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file, certificate.fingerprint(hashes.SHA256()).hex().upper()


def issue(folder: Path, name: str = "server", expired: bool = False,
          authority: tuple[Path, Path] | None = None, is_authority: bool = False) -> tuple[Path, Path, str]:
    """A certificate for 127.0.0.1 and its key as PEM files in ``folder``, self-signed or signed by
    ``authority`` (its certificate and key files), and its SHA-256 fingerprint (upper-case hex)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{name} 127.0.0.1")])
    issuer_name, issuer_key = subject, key
    if authority is not None:
        issuer_name = x509.load_pem_x509_certificate(authority[0].read_bytes()).subject
        issuer_key = serialization.load_pem_private_key(authority[1].read_bytes(), None)
    now = dt.datetime.now(dt.UTC)
    begins, ends = (now - dt.timedelta(days=30), now - dt.timedelta(days=1)) if expired else \
        (now - dt.timedelta(days=1), now + dt.timedelta(days=30))
    builder = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(issuer_name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(begins).not_valid_after(ends)
        .add_extension(x509.BasicConstraints(ca=is_authority, path_length=None), critical=True)
    )
    if not is_authority:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
    else:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
            key_encipherment=False, data_encipherment=False, key_agreement=False, encipher_only=False,
            decipher_only=False), critical=True)
    return _write(folder, name, builder.sign(issuer_key, hashes.SHA256()), key)


def self_signed(folder: Path, name: str = "server", expired: bool = False) -> tuple[Path, Path, str]:
    return issue(folder, name, expired)
