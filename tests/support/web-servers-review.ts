// A short review that yields a handful of facts and questions (deck-builder tests and e2e).
export const REVIEW = `# Web servers compared

## Origins

Apache HTTP Server was released in April 1995 by the Apache Group. Nginx was released in October 2004 by Igor Sysoev.
Caddy was released in April 2015 by Matt Holt.

## Design

Nginx uses an event-driven architecture (Sysoev, 2004), while Apache HTTP Server uses a process-based model.
Caddy obtains TLS certificates automatically. Nginx is popular as a reverse proxy.
`;
