import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";

/** OpenAPI 3.1 generated from the route schemas, served at /openapi.json and /docs. */
export default fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
      openapi: {
        openapi: "3.1.0",
        info: {
          title: "Razgazdayson API",
          description:
            "Разгадай сон — dream interpretation, journal and patterns. Russian first, English second.",
          version: "1.0.0",
        },
        servers: [],
        tags: [
          { name: "health", description: "Liveness and readiness" },
          { name: "auth", description: "Sessions and tokens" },
          { name: "dreams", description: "Interpret and keep dreams" },
          { name: "users", description: "The dreamer's profile and statistics" },
          { name: "symbols", description: "The public dream-symbol catalogue" },
          { name: "payments", description: "Tiers, Telegram Stars, and the bot's payment callbacks" },
        ],
        components: {
          securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
        },
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
    await app.register(swaggerUi, { routePrefix: "/docs" });
    app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  },
  { name: "swagger" },
);
