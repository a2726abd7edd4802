import { createRequire } from 'node:module';
import { dirname, basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { h as __commonJS, U as UsageError, p as parseIsoDate, r as regexFlags } from './core.js';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// aiguard-build:config-validator.cjs
var require_config_validator = __commonJS({
  "aiguard-build:config-validator.cjs"(exports, module) {
    "use strict";
    module.exports = validate10;
    module.exports.default = validate10;
    var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://aiguard.dev/schema/config.json", "title": "aiguard policy (.aiguardrc.json, .aiguardrc.yaml, aiguard.config.js, package.json#aiguard)", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string", "description": "The schema editors complete this file with: ./node_modules/aiguard/schema/config.schema.json" }, "name": { "type": "string", "description": "The policy's name, shown when a repository is not covered by it." }, "extends": { "description": "Presets (aiguard:recommended, aiguard:strict, aiguard:claude-code-ban), relative files or npm packages, applied in order.", "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "scope": { "type": "object", "description": "The repositories the policy covers, by remote URL; elsewhere aiguard says so in one line and exits 0.", "additionalProperties": false, "properties": { "remotes": { "type": "array", "items": { "type": "string" }, "description": "Globs over normalised remote URLs (github.com/acme/*)." }, "remote": { "type": "string", "description": "The remote whose URL decides (default origin, else any)." }, "unknownRemote": { "enum": ["cover", "skip"], "description": "A repository with no remote, or whose remote cannot be read: cover (default, fail closed) or skip it (one line on stderr, exit 0)." } } }, "effective": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}(T.*)?$", "description": "ISO date from which the ban applies; earlier commits are grandfathered in history scans." }, "trustCommitDates": { "type": "boolean", "description": "Grandfather by committer date on pushes and pull requests too (dates are forgeable)." }, "tools": { "type": "object", "description": "Tool id (or * for the rest) to level.", "additionalProperties": { "$ref": "#/definitions/level" } }, "rules": { "type": "object", "description": "Rule id to level, overriding its tool.", "additionalProperties": { "$ref": "#/definitions/level" } }, "customRules": { "type": "array", "description": "The organisation's own rules, in the schema of rules/.", "items": { "$ref": "#/definitions/customRule" } }, "allow": { "type": "array", "description": "Exceptions: a reason and at least one of paths, rules, commits, evidence (all given must match); expires is the last day (UTC) an entry applies.", "items": { "type": "object", "additionalProperties": false, "required": ["reason"], "properties": { "paths": { "type": "array", "items": { "type": "string" }, "description": "Globs over repository paths (docs/**)." }, "rules": { "type": "array", "items": { "type": "string" }, "description": "Rule ids or globs over them (claude-code/*)." }, "commits": { "type": "array", "items": { "type": "string", "pattern": "^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$" }, "description": "Full commit ids (40 hex digits, 64 in a SHA-256 repository); a short prefix can be forged." }, "evidence": { "type": "string", "description": "A regular expression over the matched text (case-insensitive)." }, "reason": { "type": "string", "minLength": 1, "description": "Why the exception stands; shown with every finding it allows." }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "YYYY-MM-DD: the last day (UTC) the entry applies." } } } }, "ignore": { "type": "array", "items": { "type": "string" }, "description": "Globs never scanned." }, "baseline": { "oneOf": [{ "type": "string" }, { "const": false }], "description": "Baseline file (default .aiguard-baseline.json), or false." }, "message": { "type": "object", "additionalProperties": false, "description": "What the commit-msg hook does with an AI trailer or marker.", "properties": { "onViolation": { "enum": ["block", "strip"], "description": "block the commit (default), or strip the lines and go on." } } } }, "definitions": { "level": { "enum": ["block", "warn", "info", "off"] }, "customRule": { "type": "object", "additionalProperties": false, "required": ["id", "tool", "kind", "severity", "description", "fix"], "properties": { "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$" }, "tool": { "type": "string" }, "kind": { "enum": ["path", "message", "identity", "content", "pull-request", "branch", "environment"] }, "severity": { "enum": ["block", "warn", "info"] }, "description": { "type": "string" }, "why": { "type": "string" }, "fix": { "type": "string" }, "paths": { "type": "array", "items": { "type": "string" } }, "excludePaths": { "type": "array", "items": { "type": "string" } }, "pattern": { "type": "string" }, "flags": { "type": "string" }, "keywords": { "type": "array", "items": { "type": "string" } }, "field": { "enum": ["author", "committer", "any"] } } } } };
    var schema12 = { "enum": ["block", "warn", "info", "off"] };
    var schema14 = { "type": "object", "additionalProperties": false, "required": ["id", "tool", "kind", "severity", "description", "fix"], "properties": { "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$" }, "tool": { "type": "string" }, "kind": { "enum": ["path", "message", "identity", "content", "pull-request", "branch", "environment"] }, "severity": { "enum": ["block", "warn", "info"] }, "description": { "type": "string" }, "why": { "type": "string" }, "fix": { "type": "string" }, "paths": { "type": "array", "items": { "type": "string" } }, "excludePaths": { "type": "array", "items": { "type": "string" } }, "pattern": { "type": "string" }, "flags": { "type": "string" }, "keywords": { "type": "array", "items": { "type": "string" } }, "field": { "enum": ["author", "committer", "any"] } } };
    var func2 = Object.prototype.hasOwnProperty;
    var func4 = require_ucs2length().default;
    var pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}(T.*)?$", "u");
    var pattern1 = new RegExp("^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$", "u");
    var pattern2 = new RegExp("^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$", "u");
    var pattern3 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
    function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          const _errs1 = errors;
          for (const key0 in data) {
            if (!func2.call(schema11.properties, key0)) {
              validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
              return false;
              break;
            }
          }
          if (_errs1 === errors) {
            if (data.$schema !== void 0) {
              const _errs2 = errors;
              if (typeof data.$schema !== "string") {
                validate10.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.name !== void 0) {
                const _errs4 = errors;
                if (typeof data.name !== "string") {
                  validate10.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.extends !== void 0) {
                  let data2 = data.extends;
                  const _errs6 = errors;
                  const _errs7 = errors;
                  let valid1 = false;
                  let passing0 = null;
                  const _errs8 = errors;
                  if (typeof data2 !== "string") {
                    const err0 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  if (_valid0) {
                    valid1 = true;
                    passing0 = 0;
                  }
                  const _errs10 = errors;
                  if (errors === _errs10) {
                    if (Array.isArray(data2)) {
                      var valid2 = true;
                      const len0 = data2.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs12 = errors;
                        if (typeof data2[i0] !== "string") {
                          const err1 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err1];
                          } else {
                            vErrors.push(err1);
                          }
                          errors++;
                        }
                        var valid2 = _errs12 === errors;
                        if (!valid2) {
                          break;
                        }
                      }
                    } else {
                      const err2 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err2];
                      } else {
                        vErrors.push(err2);
                      }
                      errors++;
                    }
                  }
                  var _valid0 = _errs10 === errors;
                  if (_valid0 && valid1) {
                    valid1 = false;
                    passing0 = [passing0, 1];
                  } else {
                    if (_valid0) {
                      valid1 = true;
                      passing0 = 1;
                    }
                  }
                  if (!valid1) {
                    const err3 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                    validate10.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs7;
                    if (vErrors !== null) {
                      if (_errs7) {
                        vErrors.length = _errs7;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.scope !== void 0) {
                    let data4 = data.scope;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        const _errs16 = errors;
                        for (const key1 in data4) {
                          if (!(key1 === "remotes" || key1 === "remote" || key1 === "unknownRemote")) {
                            validate10.errors = [{ instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                          }
                        }
                        if (_errs16 === errors) {
                          if (data4.remotes !== void 0) {
                            let data5 = data4.remotes;
                            const _errs17 = errors;
                            if (errors === _errs17) {
                              if (Array.isArray(data5)) {
                                var valid4 = true;
                                const len1 = data5.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                  const _errs19 = errors;
                                  if (typeof data5[i1] !== "string") {
                                    validate10.errors = [{ instancePath: instancePath + "/scope/remotes/" + i1, schemaPath: "#/properties/scope/properties/remotes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid4 = _errs19 === errors;
                                  if (!valid4) {
                                    break;
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/scope/remotes", schemaPath: "#/properties/scope/properties/remotes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid3 = _errs17 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data4.remote !== void 0) {
                              const _errs21 = errors;
                              if (typeof data4.remote !== "string") {
                                validate10.errors = [{ instancePath: instancePath + "/scope/remote", schemaPath: "#/properties/scope/properties/remote/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid3 = _errs21 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data4.unknownRemote !== void 0) {
                                let data8 = data4.unknownRemote;
                                const _errs23 = errors;
                                if (!(data8 === "cover" || data8 === "skip")) {
                                  validate10.errors = [{ instancePath: instancePath + "/scope/unknownRemote", schemaPath: "#/properties/scope/properties/unknownRemote/enum", keyword: "enum", params: { allowedValues: schema11.properties.scope.properties.unknownRemote.enum }, message: "must be equal to one of the allowed values" }];
                                  return false;
                                }
                                var valid3 = _errs23 === errors;
                              } else {
                                var valid3 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate10.errors = [{ instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.effective !== void 0) {
                      let data9 = data.effective;
                      const _errs24 = errors;
                      if (errors === _errs24) {
                        if (typeof data9 === "string") {
                          if (!pattern0.test(data9)) {
                            validate10.errors = [{ instancePath: instancePath + "/effective", schemaPath: "#/properties/effective/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}(T.*)?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}(T.*)?$"' }];
                            return false;
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/effective", schemaPath: "#/properties/effective/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid0 = _errs24 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.trustCommitDates !== void 0) {
                        const _errs26 = errors;
                        if (typeof data.trustCommitDates !== "boolean") {
                          validate10.errors = [{ instancePath: instancePath + "/trustCommitDates", schemaPath: "#/properties/trustCommitDates/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                          return false;
                        }
                        var valid0 = _errs26 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.tools !== void 0) {
                          let data11 = data.tools;
                          const _errs28 = errors;
                          if (errors === _errs28) {
                            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                              for (const key2 in data11) {
                                let data12 = data11[key2];
                                const _errs31 = errors;
                                if (!(data12 === "block" || data12 === "warn" || data12 === "info" || data12 === "off")) {
                                  validate10.errors = [{ instancePath: instancePath + "/tools/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" }];
                                  return false;
                                }
                                var valid5 = _errs31 === errors;
                                if (!valid5) {
                                  break;
                                }
                              }
                            } else {
                              validate10.errors = [{ instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs28 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.rules !== void 0) {
                            let data13 = data.rules;
                            const _errs33 = errors;
                            if (errors === _errs33) {
                              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                for (const key3 in data13) {
                                  let data14 = data13[key3];
                                  const _errs36 = errors;
                                  if (!(data14 === "block" || data14 === "warn" || data14 === "info" || data14 === "off")) {
                                    validate10.errors = [{ instancePath: instancePath + "/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" }];
                                    return false;
                                  }
                                  var valid7 = _errs36 === errors;
                                  if (!valid7) {
                                    break;
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs33 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.customRules !== void 0) {
                              let data15 = data.customRules;
                              const _errs38 = errors;
                              if (errors === _errs38) {
                                if (Array.isArray(data15)) {
                                  var valid9 = true;
                                  const len2 = data15.length;
                                  for (let i2 = 0; i2 < len2; i2++) {
                                    let data16 = data15[i2];
                                    const _errs40 = errors;
                                    const _errs41 = errors;
                                    if (errors === _errs41) {
                                      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                        let missing0;
                                        if (data16.id === void 0 && (missing0 = "id") || data16.tool === void 0 && (missing0 = "tool") || data16.kind === void 0 && (missing0 = "kind") || data16.severity === void 0 && (missing0 = "severity") || data16.description === void 0 && (missing0 = "description") || data16.fix === void 0 && (missing0 = "fix")) {
                                          validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2, schemaPath: "#/definitions/customRule/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                                          return false;
                                        } else {
                                          const _errs43 = errors;
                                          for (const key4 in data16) {
                                            if (!func2.call(schema14.properties, key4)) {
                                              validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2, schemaPath: "#/definitions/customRule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                              return false;
                                              break;
                                            }
                                          }
                                          if (_errs43 === errors) {
                                            if (data16.id !== void 0) {
                                              let data17 = data16.id;
                                              const _errs44 = errors;
                                              if (errors === _errs44) {
                                                if (typeof data17 === "string") {
                                                  if (!pattern1.test(data17)) {
                                                    validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2 + "/id", schemaPath: "#/definitions/customRule/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$"' }];
                                                    return false;
                                                  }
                                                } else {
                                                  validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2 + "/id", schemaPath: "#/definitions/customRule/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                              }
                                              var valid11 = _errs44 === errors;
                                            } else {
                                              var valid11 = true;
                                            }
                                            if (valid11) {
                                              if (data16.tool !== void 0) {
                                                const _errs46 = errors;
                                                if (typeof data16.tool !== "string") {
                                                  validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2 + "/tool", schemaPath: "#/definitions/customRule/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid11 = _errs46 === errors;
                                              } else {
                                                var valid11 = true;
                                              }
                                              if (valid11) {
                                                if (data16.kind !== void 0) {
                                                  let data19 = data16.kind;
                                                  const _errs48 = errors;
                                                  if (!(data19 === "path" || data19 === "message" || data19 === "identity" || data19 === "content" || data19 === "pull-request" || data19 === "branch" || data19 === "environment")) {
                                                    validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2 + "/kind", schemaPath: "#/definitions/customRule/properties/kind/enum", keyword: "enum", params: { allowedValues: schema14.properties.kind.enum }, message: "must be equal to one of the allowed values" }];
                                                    return false;
                                                  }
                                                  var valid11 = _errs48 === errors;
                                                } else {
                                                  var valid11 = true;
                                                }
                                                if (valid11) {
                                                  if (data16.severity !== void 0) {
                                                    let data20 = data16.severity;
                                                    const _errs49 = errors;
                                                    if (!(data20 === "block" || data20 === "warn" || data20 === "info")) {
                                                      validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2 + "/severity", schemaPath: "#/definitions/customRule/properties/severity/enum", keyword: "enum", params: { allowedValues: schema14.properties.severity.enum }, message: "must be equal to one of the allowed values" }];
                                                      return false;
                                                    }
                                                    var valid11 = _errs49 === errors;
                                                  } else {
                                                    var valid11 = true;
                                                  }
                                                  if (valid11) {
                                                    if (data16.description !== void 0) {
                                                      const _errs50 = errors;
                                                      if (typeof data16.description !== "string") {
                                                        validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2 + "/description", schemaPath: "#/definitions/customRule/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid11 = _errs50 === errors;
                                                    } else {
                                                      var valid11 = true;
                                                    }
                                                    if (valid11) {
                                                      if (data16.why !== void 0) {
                                                        const _errs52 = errors;
                                                        if (typeof data16.why !== "string") {
                                                          validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2 + "/why", schemaPath: "#/definitions/customRule/properties/why/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid11 = _errs52 === errors;
                                                      } else {
                                                        var valid11 = true;
                                                      }
                                                      if (valid11) {
                                                        if (data16.fix !== void 0) {
                                                          const _errs54 = errors;
                                                          if (typeof data16.fix !== "string") {
                                                            validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2 + "/fix", schemaPath: "#/definitions/customRule/properties/fix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          var valid11 = _errs54 === errors;
                                                        } else {
                                                          var valid11 = true;
                                                        }
                                                        if (valid11) {
                                                          if (data16.paths !== void 0) {
                                                            let data24 = data16.paths;
                                                            const _errs56 = errors;
                                                            if (errors === _errs56) {
                                                              if (Array.isArray(data24)) {
                                                                var valid12 = true;
                                                                const len3 = data24.length;
                                                                for (let i3 = 0; i3 < len3; i3++) {
                                                                  const _errs58 = errors;
                                                                  if (typeof data24[i3] !== "string") {
                                                                    validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2 + "/paths/" + i3, schemaPath: "#/definitions/customRule/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  var valid12 = _errs58 === errors;
                                                                  if (!valid12) {
                                                                    break;
                                                                  }
                                                                }
                                                              } else {
                                                                validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2 + "/paths", schemaPath: "#/definitions/customRule/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid11 = _errs56 === errors;
                                                          } else {
                                                            var valid11 = true;
                                                          }
                                                          if (valid11) {
                                                            if (data16.excludePaths !== void 0) {
                                                              let data26 = data16.excludePaths;
                                                              const _errs60 = errors;
                                                              if (errors === _errs60) {
                                                                if (Array.isArray(data26)) {
                                                                  var valid13 = true;
                                                                  const len4 = data26.length;
                                                                  for (let i4 = 0; i4 < len4; i4++) {
                                                                    const _errs62 = errors;
                                                                    if (typeof data26[i4] !== "string") {
                                                                      validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2 + "/excludePaths/" + i4, schemaPath: "#/definitions/customRule/properties/excludePaths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                    var valid13 = _errs62 === errors;
                                                                    if (!valid13) {
                                                                      break;
                                                                    }
                                                                  }
                                                                } else {
                                                                  validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2 + "/excludePaths", schemaPath: "#/definitions/customRule/properties/excludePaths/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid11 = _errs60 === errors;
                                                            } else {
                                                              var valid11 = true;
                                                            }
                                                            if (valid11) {
                                                              if (data16.pattern !== void 0) {
                                                                const _errs64 = errors;
                                                                if (typeof data16.pattern !== "string") {
                                                                  validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2 + "/pattern", schemaPath: "#/definitions/customRule/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid11 = _errs64 === errors;
                                                              } else {
                                                                var valid11 = true;
                                                              }
                                                              if (valid11) {
                                                                if (data16.flags !== void 0) {
                                                                  const _errs66 = errors;
                                                                  if (typeof data16.flags !== "string") {
                                                                    validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2 + "/flags", schemaPath: "#/definitions/customRule/properties/flags/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  var valid11 = _errs66 === errors;
                                                                } else {
                                                                  var valid11 = true;
                                                                }
                                                                if (valid11) {
                                                                  if (data16.keywords !== void 0) {
                                                                    let data30 = data16.keywords;
                                                                    const _errs68 = errors;
                                                                    if (errors === _errs68) {
                                                                      if (Array.isArray(data30)) {
                                                                        var valid14 = true;
                                                                        const len5 = data30.length;
                                                                        for (let i5 = 0; i5 < len5; i5++) {
                                                                          const _errs70 = errors;
                                                                          if (typeof data30[i5] !== "string") {
                                                                            validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2 + "/keywords/" + i5, schemaPath: "#/definitions/customRule/properties/keywords/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                          }
                                                                          var valid14 = _errs70 === errors;
                                                                          if (!valid14) {
                                                                            break;
                                                                          }
                                                                        }
                                                                      } else {
                                                                        validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2 + "/keywords", schemaPath: "#/definitions/customRule/properties/keywords/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid11 = _errs68 === errors;
                                                                  } else {
                                                                    var valid11 = true;
                                                                  }
                                                                  if (valid11) {
                                                                    if (data16.field !== void 0) {
                                                                      let data32 = data16.field;
                                                                      const _errs72 = errors;
                                                                      if (!(data32 === "author" || data32 === "committer" || data32 === "any")) {
                                                                        validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2 + "/field", schemaPath: "#/definitions/customRule/properties/field/enum", keyword: "enum", params: { allowedValues: schema14.properties.field.enum }, message: "must be equal to one of the allowed values" }];
                                                                        return false;
                                                                      }
                                                                      var valid11 = _errs72 === errors;
                                                                    } else {
                                                                      var valid11 = true;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/customRules/" + i2, schemaPath: "#/definitions/customRule/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid9 = _errs40 === errors;
                                    if (!valid9) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/customRules", schemaPath: "#/properties/customRules/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs38 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.allow !== void 0) {
                                let data33 = data.allow;
                                const _errs73 = errors;
                                if (errors === _errs73) {
                                  if (Array.isArray(data33)) {
                                    var valid15 = true;
                                    const len6 = data33.length;
                                    for (let i6 = 0; i6 < len6; i6++) {
                                      let data34 = data33[i6];
                                      const _errs75 = errors;
                                      if (errors === _errs75) {
                                        if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                                          let missing1;
                                          if (data34.reason === void 0 && (missing1 = "reason")) {
                                            validate10.errors = [{ instancePath: instancePath + "/allow/" + i6, schemaPath: "#/properties/allow/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                            return false;
                                          } else {
                                            const _errs77 = errors;
                                            for (const key5 in data34) {
                                              if (!(key5 === "paths" || key5 === "rules" || key5 === "commits" || key5 === "evidence" || key5 === "reason" || key5 === "expires")) {
                                                validate10.errors = [{ instancePath: instancePath + "/allow/" + i6, schemaPath: "#/properties/allow/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }];
                                                return false;
                                                break;
                                              }
                                            }
                                            if (_errs77 === errors) {
                                              if (data34.paths !== void 0) {
                                                let data35 = data34.paths;
                                                const _errs78 = errors;
                                                if (errors === _errs78) {
                                                  if (Array.isArray(data35)) {
                                                    var valid17 = true;
                                                    const len7 = data35.length;
                                                    for (let i7 = 0; i7 < len7; i7++) {
                                                      const _errs80 = errors;
                                                      if (typeof data35[i7] !== "string") {
                                                        validate10.errors = [{ instancePath: instancePath + "/allow/" + i6 + "/paths/" + i7, schemaPath: "#/properties/allow/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid17 = _errs80 === errors;
                                                      if (!valid17) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    validate10.errors = [{ instancePath: instancePath + "/allow/" + i6 + "/paths", schemaPath: "#/properties/allow/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                  }
                                                }
                                                var valid16 = _errs78 === errors;
                                              } else {
                                                var valid16 = true;
                                              }
                                              if (valid16) {
                                                if (data34.rules !== void 0) {
                                                  let data37 = data34.rules;
                                                  const _errs82 = errors;
                                                  if (errors === _errs82) {
                                                    if (Array.isArray(data37)) {
                                                      var valid18 = true;
                                                      const len8 = data37.length;
                                                      for (let i8 = 0; i8 < len8; i8++) {
                                                        const _errs84 = errors;
                                                        if (typeof data37[i8] !== "string") {
                                                          validate10.errors = [{ instancePath: instancePath + "/allow/" + i6 + "/rules/" + i8, schemaPath: "#/properties/allow/items/properties/rules/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid18 = _errs84 === errors;
                                                        if (!valid18) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate10.errors = [{ instancePath: instancePath + "/allow/" + i6 + "/rules", schemaPath: "#/properties/allow/items/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid16 = _errs82 === errors;
                                                } else {
                                                  var valid16 = true;
                                                }
                                                if (valid16) {
                                                  if (data34.commits !== void 0) {
                                                    let data39 = data34.commits;
                                                    const _errs86 = errors;
                                                    if (errors === _errs86) {
                                                      if (Array.isArray(data39)) {
                                                        var valid19 = true;
                                                        const len9 = data39.length;
                                                        for (let i9 = 0; i9 < len9; i9++) {
                                                          let data40 = data39[i9];
                                                          const _errs88 = errors;
                                                          if (errors === _errs88) {
                                                            if (typeof data40 === "string") {
                                                              if (!pattern2.test(data40)) {
                                                                validate10.errors = [{ instancePath: instancePath + "/allow/" + i6 + "/commits/" + i9, schemaPath: "#/properties/allow/items/properties/commits/items/pattern", keyword: "pattern", params: { pattern: "^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$" }, message: 'must match pattern "^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$"' }];
                                                                return false;
                                                              }
                                                            } else {
                                                              validate10.errors = [{ instancePath: instancePath + "/allow/" + i6 + "/commits/" + i9, schemaPath: "#/properties/allow/items/properties/commits/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid19 = _errs88 === errors;
                                                          if (!valid19) {
                                                            break;
                                                          }
                                                        }
                                                      } else {
                                                        validate10.errors = [{ instancePath: instancePath + "/allow/" + i6 + "/commits", schemaPath: "#/properties/allow/items/properties/commits/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid16 = _errs86 === errors;
                                                  } else {
                                                    var valid16 = true;
                                                  }
                                                  if (valid16) {
                                                    if (data34.evidence !== void 0) {
                                                      const _errs90 = errors;
                                                      if (typeof data34.evidence !== "string") {
                                                        validate10.errors = [{ instancePath: instancePath + "/allow/" + i6 + "/evidence", schemaPath: "#/properties/allow/items/properties/evidence/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid16 = _errs90 === errors;
                                                    } else {
                                                      var valid16 = true;
                                                    }
                                                    if (valid16) {
                                                      if (data34.reason !== void 0) {
                                                        let data42 = data34.reason;
                                                        const _errs92 = errors;
                                                        if (errors === _errs92) {
                                                          if (typeof data42 === "string") {
                                                            if (func4(data42) < 1) {
                                                              validate10.errors = [{ instancePath: instancePath + "/allow/" + i6 + "/reason", schemaPath: "#/properties/allow/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                              return false;
                                                            }
                                                          } else {
                                                            validate10.errors = [{ instancePath: instancePath + "/allow/" + i6 + "/reason", schemaPath: "#/properties/allow/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid16 = _errs92 === errors;
                                                      } else {
                                                        var valid16 = true;
                                                      }
                                                      if (valid16) {
                                                        if (data34.expires !== void 0) {
                                                          let data43 = data34.expires;
                                                          const _errs94 = errors;
                                                          if (errors === _errs94) {
                                                            if (typeof data43 === "string") {
                                                              if (!pattern3.test(data43)) {
                                                                validate10.errors = [{ instancePath: instancePath + "/allow/" + i6 + "/expires", schemaPath: "#/properties/allow/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' }];
                                                                return false;
                                                              }
                                                            } else {
                                                              validate10.errors = [{ instancePath: instancePath + "/allow/" + i6 + "/expires", schemaPath: "#/properties/allow/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid16 = _errs94 === errors;
                                                        } else {
                                                          var valid16 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/allow/" + i6, schemaPath: "#/properties/allow/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid15 = _errs75 === errors;
                                      if (!valid15) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs73 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.ignore !== void 0) {
                                  let data44 = data.ignore;
                                  const _errs96 = errors;
                                  if (errors === _errs96) {
                                    if (Array.isArray(data44)) {
                                      var valid20 = true;
                                      const len10 = data44.length;
                                      for (let i10 = 0; i10 < len10; i10++) {
                                        const _errs98 = errors;
                                        if (typeof data44[i10] !== "string") {
                                          validate10.errors = [{ instancePath: instancePath + "/ignore/" + i10, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid20 = _errs98 === errors;
                                        if (!valid20) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate10.errors = [{ instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs96 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.baseline !== void 0) {
                                    let data46 = data.baseline;
                                    const _errs100 = errors;
                                    const _errs101 = errors;
                                    let valid21 = false;
                                    let passing1 = null;
                                    const _errs102 = errors;
                                    if (typeof data46 !== "string") {
                                      const err4 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      if (vErrors === null) {
                                        vErrors = [err4];
                                      } else {
                                        vErrors.push(err4);
                                      }
                                      errors++;
                                    }
                                    var _valid1 = _errs102 === errors;
                                    if (_valid1) {
                                      valid21 = true;
                                      passing1 = 0;
                                    }
                                    const _errs104 = errors;
                                    if (false !== data46) {
                                      const err5 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/oneOf/1/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant" };
                                      if (vErrors === null) {
                                        vErrors = [err5];
                                      } else {
                                        vErrors.push(err5);
                                      }
                                      errors++;
                                    }
                                    var _valid1 = _errs104 === errors;
                                    if (_valid1 && valid21) {
                                      valid21 = false;
                                      passing1 = [passing1, 1];
                                    } else {
                                      if (_valid1) {
                                        valid21 = true;
                                        passing1 = 1;
                                      }
                                    }
                                    if (!valid21) {
                                      const err6 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                                      if (vErrors === null) {
                                        vErrors = [err6];
                                      } else {
                                        vErrors.push(err6);
                                      }
                                      errors++;
                                      validate10.errors = vErrors;
                                      return false;
                                    } else {
                                      errors = _errs101;
                                      if (vErrors !== null) {
                                        if (_errs101) {
                                          vErrors.length = _errs101;
                                        } else {
                                          vErrors = null;
                                        }
                                      }
                                    }
                                    var valid0 = _errs100 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.message !== void 0) {
                                      let data47 = data.message;
                                      const _errs105 = errors;
                                      if (errors === _errs105) {
                                        if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                                          const _errs107 = errors;
                                          for (const key6 in data47) {
                                            if (!(key6 === "onViolation")) {
                                              validate10.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/properties/message/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" }];
                                              return false;
                                              break;
                                            }
                                          }
                                          if (_errs107 === errors) {
                                            if (data47.onViolation !== void 0) {
                                              let data48 = data47.onViolation;
                                              if (!(data48 === "block" || data48 === "strip")) {
                                                validate10.errors = [{ instancePath: instancePath + "/message/onViolation", schemaPath: "#/properties/message/properties/onViolation/enum", keyword: "enum", params: { allowedValues: schema11.properties.message.properties.onViolation.enum }, message: "must be equal to one of the allowed values" }];
                                                return false;
                                              }
                                            }
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs105 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate10.errors = vErrors;
      return errors === 0;
    }
  }
});

// src/assets/config-validator.ts
function configValidator() {
  return require_config_validator();
}

// src/config/validate-config.ts
var validator;
function validateConfig(config, file) {
  if (config === null || typeof config !== "object" || Array.isArray(config)) {
    throw new UsageError(`${file}: the config must be an object`);
  }
  validator ??= configValidator();
  if (validator(config)) return;
  const error = validator.errors?.[0];
  if (!error) throw new UsageError(`${file}: invalid config`);
  const parts = error.instancePath.replace(/^\//, "").split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  const key = parts.reduce((path, part) => /^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part, "");
  const extra = error.params.additionalProperty;
  if (typeof extra === "string") throw new UsageError(`${file}: ${key ? `${key}.` : ""}${extra}: unknown key`);
  const allowed = error.params.allowedValues;
  const detail = Array.isArray(allowed) ? `must be one of ${allowed.join(", ")}` : error.message ?? "invalid";
  const missing = error.params.missingProperty;
  if (typeof missing === "string") throw new UsageError(`${file}: ${key ? `${key}.` : ""}${missing}: required`);
  throw new UsageError(`${file}: ${key || "(top level)"}: ${detail}`);
}

// src/config/check-allow-entries.ts
var FULL_COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
function checkAllowEntries(entries, file) {
  (entries ?? []).forEach((entry, index) => {
    const key = `${file}: allow[${index}]`;
    if (typeof entry.reason !== "string" || entry.reason.trim() === "") throw new UsageError(`${key}.reason: required`);
    if (!entry.paths?.length && !entry.rules?.length && !entry.commits?.length && entry.evidence === void 0) {
      throw new UsageError(`${key}: needs paths, rules, commits or evidence`);
    }
    if (entry.evidence !== void 0) {
      try {
        new RegExp(entry.evidence, "i");
      } catch (error) {
        throw new UsageError(`${key}.evidence: invalid regex: ${error.message}`);
      }
    }
    (entry.commits ?? []).forEach((commit, at) => {
      if (FULL_COMMIT_ID.test(commit)) return;
      throw new UsageError(`${key}.commits[${at}]: not a full commit id (40 hex digits, 64 for SHA-256): ${commit}`);
    });
    if (entry.expires !== void 0) parseIsoDate(entry.expires, `${key}.expires`);
  });
}

// src/config/check-config-values.ts
function checkConfigValues(config, file) {
  if (config.effective !== void 0) parseIsoDate(config.effective, `${file}: effective`);
  checkAllowEntries(config.allow, file);
  for (const rule of config.customRules ?? []) {
    if (rule.pattern === void 0) continue;
    try {
      new RegExp(rule.pattern, regexFlags(rule.flags));
    } catch (error) {
      throw new UsageError(`${file}: customRules.${rule.id}: invalid pattern: ${error.message}`);
    }
  }
  for (const [index, glob] of (config.scope?.remotes ?? []).entries()) {
    if (glob.trim() === "") throw new UsageError(`${file}: scope.remotes[${index}]: empty glob`);
  }
}

// src/config/read-simple-yaml.ts
var OutsideSubset = class extends Error {
};
function readSimpleYaml(text) {
  const lines = [];
  for (const raw of text.split(/\r?\n/)) {
    const body = raw.replace(/ +$/, "");
    const trimmed = body.trimStart();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const indent = body.length - trimmed.length;
    const marker = indent === 0 && (trimmed.startsWith("%") || trimmed.startsWith("---") || trimmed.startsWith("..."));
    if (/^[ ]*\t/.test(raw) || marker) return void 0;
    lines.push({ indent, text: trimmed });
  }
  if (lines.length === 0 || lines[0].indent !== 0) return void 0;
  try {
    const [value, next] = readBlock(lines, 0, 0);
    return next === lines.length ? value : void 0;
  } catch (error) {
    if (error instanceof OutsideSubset) return void 0;
    throw error;
  }
}
function outside() {
  throw new OutsideSubset();
}
function readBlock(lines, start, indent) {
  return isSequenceItem(lines[start].text) ? readSequence(lines, start, indent) : readMapping(lines, start, indent);
}
function isSequenceItem(text) {
  return text === "-" || text.startsWith("- ");
}
var KEY = /^([A-Za-z_][A-Za-z0-9_./-]*|"(?:[^"\\]|\\.)*")(?::(?: +(.*))?)$/;
function readMapping(lines, start, indent) {
  const map = {};
  let index = start;
  while (index < lines.length && lines[index].indent === indent) {
    const line = lines[index];
    if (isSequenceItem(line.text)) outside();
    const match = KEY.exec(line.text);
    if (!match) outside();
    const key = match[1].startsWith('"') ? quoted(match[1]) : match[1];
    if (Object.hasOwn(map, key) || key === "__proto__") outside();
    const rest = match[2] === void 0 || match[2].startsWith("#") ? "" : match[2];
    index++;
    if (rest === "") {
      const child = lines[index];
      if (!child || child.indent <= indent) outside();
      const [value, next] = readBlock(lines, index, child.indent);
      map[key] = value;
      index = next;
    } else {
      map[key] = inlineValue(rest);
    }
  }
  if (index < lines.length && lines[index].indent > indent) outside();
  return [map, index];
}
function readSequence(lines, start, indent) {
  const list = [];
  let index = start;
  while (index < lines.length && lines[index].indent === indent) {
    const line = lines[index];
    if (!isSequenceItem(line.text)) outside();
    const content = line.text.slice(1).trimStart();
    if (content === "" || content.startsWith("#") || isSequenceItem(content)) outside();
    if (KEY.test(content)) {
      const itemIndent = indent + line.text.length - content.length;
      const copy = [...lines];
      copy[index] = { indent: itemIndent, text: content };
      const [value, next] = readMapping(copy, index, itemIndent);
      list.push(value);
      index = next;
    } else {
      list.push(inlineValue(content));
      index++;
    }
  }
  if (index < lines.length && lines[index].indent > indent) outside();
  return [list, index];
}
function inlineValue(text) {
  const [value, rest] = text.startsWith("[") ? flowList(text) : scalarAt(text, false);
  if (rest.trim() !== "" && !/^ +#/.test(rest)) outside();
  return value;
}
function flowList(text) {
  const items = [];
  let rest = text.slice(1).trimStart();
  if (rest.startsWith("]")) return [items, rest.slice(1)];
  for (; ; ) {
    const [item, after] = scalarAt(rest, true);
    items.push(item);
    rest = after.trimStart();
    if (rest.startsWith("]")) return [items, rest.slice(1)];
    if (!rest.startsWith(",")) outside();
    rest = rest.slice(1).trimStart();
  }
}
var DOUBLE = /^"(?:[^"\\]|\\.)*"/;
var SINGLE = /^'(?:[^']|'')*'/;
function scalarAt(text, inFlow) {
  const double = DOUBLE.exec(text);
  if (double) return [quoted(double[0]), text.slice(double[0].length)];
  const single = SINGLE.exec(text);
  if (single) return [single[0].slice(1, -1).replace(/''/g, "'"), text.slice(single[0].length)];
  const end = inFlow ? /[,\]]| #/.exec(text)?.index ?? text.length : / #/.exec(text)?.index ?? text.length;
  return [plain(text.slice(0, end).trim()), text.slice(end)];
}
function quoted(text) {
  try {
    return JSON.parse(text);
  } catch {
    return outside();
  }
}
var PLAIN = /^[A-Za-z_./][A-Za-z0-9_./@+*()=~%-]*(?:[ :][A-Za-z0-9_./@+*()=~%-]+)*$/;
function plain(text) {
  if (!PLAIN.test(text) || /^\.(?:inf|nan|[0-9])/i.test(text)) outside();
  if (text === "true" || text === "True" || text === "TRUE") return true;
  if (text === "false" || text === "False" || text === "FALSE") return false;
  if (text === "null" || text === "Null" || text === "NULL") outside();
  return text;
}

// src/config/parse-data-config.ts
async function parseDataConfig(text, path, label = path) {
  if (text.trim() === "") return void 0;
  if (basename(path) === "package.json") return parseJson(text, label).aiguard;
  if (extname(path) === ".json") return parseJson(text, label);
  const simple = readSimpleYaml(text);
  if (simple !== void 0) return simple;
  const { parse } = await import('./yaml.js');
  try {
    return parse(text) ?? void 0;
  } catch (error) {
    throw new UsageError(`${label}: invalid YAML: ${error.message.split("\n")[0]}`);
  }
}
function parseJson(text, label) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${label}: invalid JSON: ${error.message}`);
  }
}

export { checkConfigValues as c, parseDataConfig as p, validateConfig as v };
