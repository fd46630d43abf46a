# syntax=docker/dockerfile:1
# Voice Todo as a container: Next.js's standalone output (NEXT_OUTPUT=standalone)
# on a slim Node 20 image, running as an unprivileged user. Migrations are not
# run at start (several replicas would race): run `npm run db:migrate` once per
# release (docker compose's `migrate` service, the Kubernetes Job).

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
RUN ./node_modules/.bin/next build

# The migration image: the full dependencies and sources that `npm run db:migrate` needs.
FROM build AS migrate
CMD ["npm", "run", "db:migrate"]

FROM node:20-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system --gid 1001 app && useradd --system --uid 1001 --gid app app
# server.js with the traced node_modules it needs; static assets and public/ are not traced, so copied here.
COPY --from=build --chown=app:app /app/.next/standalone ./
COPY --from=build --chown=app:app /app/.next/static ./.next/static
COPY --from=build --chown=app:app /app/public ./public
USER app
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server.js"]
