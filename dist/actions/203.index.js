export const id = 203;
export const ids = [203];
export const modules = {

/***/ 59203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14116);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50130);


/**
 * The function the run-job action's step runs (src/actions/index.ts runs it): one bundle for both steps (action.yml
 * runs it as main and as post), as actions/checkout does: the main step saves isPost, so the second run is the post
 * step.
 */
async function step() {
    if (_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_state_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE */ .c.isPost) === 'true')
        await (await __webpack_require__.e(/* import() */ 993).then(__webpack_require__.bind(__webpack_require__, 47993))).post();
    else
        await (await Promise.all(/* import() */[__webpack_require__.e(738), __webpack_require__.e(815), __webpack_require__.e(352), __webpack_require__.e(940), __webpack_require__.e(473), __webpack_require__.e(578), __webpack_require__.e(862), __webpack_require__.e(690), __webpack_require__.e(247), __webpack_require__.e(538)]).then(__webpack_require__.bind(__webpack_require__, 11645))).run();
}


/***/ }),

/***/ 50130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ STATE)
/* harmony export */ });
/** What the main step saves for the post step (core.saveState; the runner gives them back as STATE_<name>). */
const STATE = {
    /** Set by the main step: the bundle's second run is the post step (actions/checkout's state-helper pattern). */
    isPost: 'isPost',
    /** The job the main step created and follows (wait: true only: a job left running on purpose is not cancelled). */
    jobName: 'job-name',
    /** 'true' once the main step saw the job end: the post step has nothing to do. */
    done: 'job-done',
};


/***/ })

};
