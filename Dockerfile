# syntax=docker/dockerfile:1
# `dref serve` as an image, written by the notes' own advice: a multi-stage build, a small runtime
# stage, the knowledge base built in the build stage, a non-root USER, exec-form ENTRYPOINT and a
# HEALTHCHECK on /healthz. `dref lint Dockerfile` finds nothing in it.
FROM node:22-bookworm-slim AS build
WORKDIR /src
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3
COPY . .
RUN npm run build && node dist/bundle/dref.js ingest --db data/dref.db --quiet && npm prune --omit=dev

FROM node:22-bookworm-slim
WORKDIR /app
COPY --from=build /src/package.json ./
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist/bundle ./dist/bundle
COPY --from=build /src/schema ./schema
COPY --from=build /src/data ./data
USER node
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:4000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "dist/bundle/dref.js", "serve", "--host", "0.0.0.0", "--port", "4000"]
