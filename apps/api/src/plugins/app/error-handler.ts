import { STATUS_CODES } from "node:http";
import { AppError, type ErrorCode, type ErrorResponse } from "@razgazdayson/core";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";

const FASTIFY_CODES: Record<string, { code: ErrorCode; message?: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: "INVALID_JSON", message: "Request body is not valid JSON" },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: "INVALID_JSON",
    message: "Request body is empty but JSON was declared",
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: "PAYLOAD_TOO_LARGE", message: "Request body is too large" },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: "UNSUPPORTED_MEDIA_TYPE", message: "Unsupported content type" },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: "BAD_REQUEST", message: "Invalid Content-Length" },
  FST_REQ_FILE_TOO_LARGE: { code: "PAYLOAD_TOO_LARGE", message: "The audio file is too large" },
  FST_FILES_LIMIT: { code: "VALIDATION_ERROR", message: "Send one audio file" },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: "Expected multipart/form-data",
  },
};

const send = (
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  body: Omit<ErrorResponse, "request_id" | "error">,
) => reply.status(status).send({ error: STATUS_CODES[status] ?? "Error", ...body, request_id: request.id });

/** Translates any error into the documented error shape; 5xx details stay in the log. */
const toResponse = (error: FastifyError | AppError, request: FastifyRequest) => {
  if (error instanceof AppError) {
    return { status: error.status, code: error.code, message: error.message, details: error.details };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((v) => ({
      field: [error.validationContext, ...v.instancePath.split("/").filter(Boolean)].join("."),
      message: v.message ?? "is invalid",
    }));
    const first = details[0];
    return {
      status: 400,
      code: "VALIDATION_ERROR" as const,
      message: first ? `${first.field}: ${first.message}` : "Request is invalid",
      details,
    };
  }
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  const status = error.statusCode ?? 500;
  if (known) return { status, code: known.code, message: known.message ?? error.message, details: null };
  if (error.validation) {
    return {
      status: 400,
      code: "VALIDATION_ERROR" as const,
      message: error.message,
      details: error.validation,
    };
  }
  if (status >= 400 && status < 500) {
    return { status, code: "BAD_REQUEST" as const, message: error.message, details: null };
  }
  request.log.error({ err: error }, "unhandled error");
  return { status: 500, code: "INTERNAL_ERROR" as const, message: "Internal server error", details: null };
};

export default fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
      const response = toResponse(error, request);
      if (response.status >= 500 && error instanceof AppError) {
        request.log.error({ err: error.cause ?? error, code: error.code }, error.message);
      }
      const retryAfter = error instanceof AppError ? error.retryAfterSeconds : undefined;
      if (retryAfter) reply.header("Retry-After", String(retryAfter));
      return send(reply, request, response.status, {
        code: response.code,
        message: response.message,
        details: response.details,
      });
    });

    app.setNotFoundHandler((request, reply) =>
      send(reply, request, 404, {
        code: "NOT_FOUND",
        message: `Route ${request.method} ${request.url.split("?")[0]} not found`,
        details: null,
      }),
    );
  },
  { name: "error-handler" },
);
