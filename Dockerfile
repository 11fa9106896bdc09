# The PaperGraph API for docker-compose: it talks to the Neo4j service through NEO4J_URI, so no Java is needed here.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY bin ./bin
COPY src ./src
COPY ingest ./ingest
COPY schema ./schema
COPY tools ./tools
COPY data ./data
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["node", "bin/papergraph.js", "start"]
