// Certificates, public verification and signing keys — owned by modules/certificates (docs/API-CERTIFICATES.md).
export {};
