# syntax=docker/dockerfile:1
# The preview server (pnpm preview:server): the site's pages rendered on demand from the Sanity
# Content Lake, for editors' draft preview. The public site stays the static build (site/dist).
#   docker build -t frm-preview .
#   docker run -p 8080:8080 -e SANITY_PROJECT_ID=... -e SANITY_API_READ_TOKEN=... \
#     -e SANITY_STUDIO_URL=https://<name>.sanity.studio frm-preview
FROM node:24-bookworm-slim AS build
WORKDIR /repo
RUN npm install -g pnpm@12.21.0
COPY . .
# The site and the workspace packages it uses; not the studio.
RUN pnpm install --frozen-lockfile --filter "@frm/site..."
# Public origin for canonical links in the pages (the preview itself is never indexed).
ARG SITE_URL=https://familyroommission.org
RUN SITE_URL="$SITE_URL" pnpm preview:build

FROM node:24-bookworm-slim
WORKDIR /repo
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080
COPY --from=build /repo /repo
USER node
EXPOSE 8080
# Prints the address and settings (never the token), then serves. Set at run time:
# SANITY_PROJECT_ID, SANITY_DATASET, SANITY_API_READ_TOKEN (Viewer), SANITY_STUDIO_URL.
CMD ["node", "site/scripts/previewServer.ts", "--no-build"]
