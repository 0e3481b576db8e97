# The API server, for docker-compose.yml. It talks to the neo4j service through NEO4J_URI, so
# it starts no Neo4j of its own (no Java needed in this image).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# The browser pages (IDE, explorer) are bundled from web/ with the example operations of docs/queries.
COPY scripts/build-web.mjs ./scripts/build-web.mjs
COPY web ./web
COPY docs/queries ./docs/queries
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY cypher ./cypher
COPY data ./data
COPY schema ./schema
COPY scripts ./scripts
EXPOSE 4000
USER node
CMD ["node", "dist/src/main.js"]
